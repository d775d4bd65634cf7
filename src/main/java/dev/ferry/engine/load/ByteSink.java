package dev.ferry.engine.load;

import java.util.Arrays;

/**
 * A growable byte buffer for encoding rows on the copy's hot path: unlike {@link
 * java.io.ByteArrayOutputStream} it is not synchronized and hands out its array without a copy.
 * Used by one thread at a time.
 */
final class ByteSink {

  private byte[] buf;
  private int size;

  ByteSink(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  void write(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  /** Two bytes at once: an escape and its letter. */
  void write2(int a, int b) {
    ensure(2);
    buf[size++] = (byte) a;
    buf[size++] = (byte) b;
  }

  void reset() {
    size = 0;
  }

  int size() {
    return size;
  }

  /** The backing array; valid up to {@link #size()} until the next write or reset. */
  byte[] array() {
    return buf;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }
}
