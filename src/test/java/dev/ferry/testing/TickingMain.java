package dev.ferry.testing;

/** A child-JVM program for crash tests: prints "tick N" every 100 ms until killed. */
public final class TickingMain {

  private TickingMain() {}

  public static void main(String[] args) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook")));
    for (int i = 1; ; i++) {
      System.out.println(args[0] + " " + i);
      System.out.flush();
      Thread.sleep(100);
    }
  }
}
