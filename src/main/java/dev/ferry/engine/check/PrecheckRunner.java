package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.engine.db.ConnectOptions;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.db.ServerProbe;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every precheck item of a task. Each server's checks run on their own connection, servers
 * in parallel on at most {@link CheckSettings#threads()} threads; then the target compares what
 * the sources reported. A server that does not answer within {@link
 * CheckSettings#serverDeadline()} is reported as such and its connection aborted; the other
 * servers' results are kept. Findings come back in a stable order: by item, then sources in task
 * order, then the target.
 */
public final class PrecheckRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PrecheckRunner.class);

  /** Findings per item kept in full; more are summarised in one line. */
  static final int MAX_PER_ITEM = 100;

  private final TaskConfig task;
  private final CheckSettings settings;
  private final Set<String> ignored;

  public PrecheckRunner(TaskConfig task, CheckSettings settings) {
    this.task = task;
    this.settings = settings;
    this.ignored = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    task.ignoreCheckingItems().forEach(i -> ignored.add(i.trim()));
  }

  /** True when {@code ignore-checking-items} contains {@code all}. */
  public boolean skipsEverything() {
    return ignored.contains(CheckItem.ALL);
  }

  /**
   * Runs the checks.
   *
   * @throws DbException {@code SECRET_UNAVAILABLE} before connecting anywhere when a password is
   *     not resolved
   */
  public List<Finding> run() {
    if (skipsEverything()) {
      return List.of();
    }
    Map<SourceConfig, Endpoint> endpoints = new HashMap<>();
    task.sources().forEach(s -> endpoints.put(s, Endpoint.source(s)));
    Endpoint targetEndpoint = Endpoint.target(task.target());
    ConnectionFactory factory =
        new ConnectionFactory(
            ConnectOptions.defaults()
                .withConnectTimeout(settings.connectTimeout())
                .withSocketTimeout(settings.queryTimeout().plusSeconds(5)));
    List<SourceState> sources = task.sources().stream().map(SourceState::new).toList();
    List<Finding> targetFindings = java.util.Collections.synchronizedList(new ArrayList<>());
    ServerSession[] target = new ServerSession[1];
    TargetChecks.Capabilities[] caps = new TargetChecks.Capabilities[1];
    java.util.concurrent.atomic.AtomicBoolean targetDone = new java.util.concurrent.atomic.AtomicBoolean();
    int threads = Math.max(1, Math.min(settings.threads(), sources.size() + 1));
    ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory());
    try {
      List<Job> jobs = new ArrayList<>();
      for (SourceState state : sources) {
        Endpoint e = endpoints.get(state.config);
        jobs.add(new Job(e, state.findings, () -> state.session, pool.submit(() -> {
          state.session = connect(factory, e, state.findings);
          if (state.session != null) {
            SourceChecks.run(state, task, ignored, settings.sampleTime());
            state.finished = true;
          }
        })));
      }
      jobs.add(new Job(targetEndpoint, targetFindings, () -> target[0], pool.submit(() -> {
        target[0] = connect(factory, targetEndpoint, targetFindings);
        if (target[0] != null) {
          caps[0] = TargetChecks.first(target[0], task, ignored, targetFindings);
          targetDone.set(true);
        }
      })));
      long deadline = System.nanoTime() + settings.serverDeadline().toNanos();
      jobs.forEach(j -> j.await(deadline));
      List<Finding> compared = java.util.Collections.synchronizedList(new ArrayList<>());
      Job compare = new Job(targetEndpoint, compared, () -> target[0], pool.submit(() ->
          TargetChecks.compare(targetDone.get() ? target[0] : null, targetDone.get() ? caps[0] : null, task, sources.stream().filter(x -> x.finished).toList(), ignored, compared)));
      compare.await(System.nanoTime() + settings.serverDeadline().toNanos());
      List<Finding> all = new ArrayList<>();
      sources.forEach(s -> all.addAll(s.findings));
      all.addAll(targetFindings);
      all.addAll(compared);
      return ordered(all);
    } finally {
      pool.shutdownNow();
      sources.forEach(s -> close(s.session));
      close(target[0]);
    }
  }

  private ServerSession connect(ConnectionFactory factory, Endpoint e, List<Finding> out) {
    Connection connection;
    try {
      connection = factory.open(e);
    } catch (DbException ex) {
      out.add(ConnectionCheck.failed(e, ex));
      return null;
    }
    try {
      ServerSession session = new ServerSession(e, connection, ServerProbe.probe(connection, e.label()),
          (int) Math.max(1, settings.queryTimeout().toSeconds()));
      boolean tls = !session.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'", rs -> rs.getString(2)).stream()
          .allMatch(v -> v == null || v.isEmpty());
      out.add(ConnectionCheck.passed(session, tls));
      return session;
    } catch (DbException ex) {
      close(connection);
      out.add(ConnectionCheck.failed(e, ex));
      return null;
    }
  }

  /** Stable order by item; within an item the order of collection; long lists summarised. */
  static List<Finding> ordered(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(f -> f.item().ordinal())); // stable
    List<Finding> out = new ArrayList<>();
    Map<CheckItem, Integer> counts = new HashMap<>();
    for (Finding f : sorted) {
      int n = counts.merge(f.item(), 1, Integer::sum);
      if (n <= MAX_PER_ITEM) {
        out.add(f);
      }
    }
    counts.forEach((item, n) -> {
      if (n > MAX_PER_ITEM) {
        int at = 0;
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).item() == item) {
            at = i + 1;
          }
        }
        out.add(at, Finding.info(item, "", (n - MAX_PER_ITEM) + " more finding(s) of this item not listed", "", ""));
      }
    });
    return out;
  }

  private java.util.concurrent.ThreadFactory threadFactory() {
    AtomicInteger n = new AtomicInteger(1);
    String prefix = "ferry-" + task.name() + "-check-";
    return r -> {
      Thread t = new Thread(r, prefix + n.getAndIncrement());
      t.setDaemon(true);
      return t;
    };
  }

  private static void close(AutoCloseable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (Exception e) {
      LOG.debug("Ignoring a failure while closing {}", c, e);
    }
  }

  /** One server's work: waits for it until the deadline, and reports what went wrong. */
  private record Job(Endpoint endpoint, List<Finding> out, Supplier<ServerSession> session, Future<?> future) {

    void await(long deadlineNanos) {
      try {
        future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        ServerSession s = session.get();
        if (s != null) {
          s.abort(); // unblocks a statement stuck in a socket read
        }
        future.cancel(true);
        synchronized (out) {
          out.add(Finding.error(CheckItem.CONNECTION, name(),
              endpoint.label() + " did not finish its checks in time; its remaining checks were skipped",
              "A server that answers this slowly will also stall the migration.",
              "Check the server's load and the network, then run the precheck again."));
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        LOG.warn("Precheck of {} stopped", endpoint.label(), cause);
        synchronized (out) {
          out.add(Finding.error(CheckItem.CONNECTION, name(),
              "the checks of " + endpoint.label() + " stopped: " + cause.getMessage(),
              "The remaining checks of this server could not run.",
              cause instanceof DbException ? "" : "Correct the task's rules, or report this as a Ferry bug if they are right."));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
      }
    }

    private String name() {
      return endpoint.role() == Endpoint.Role.SOURCE ? "source '" + endpoint.id() + "'" : "target";
    }
  }
}
