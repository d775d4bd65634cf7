package dev.ferry.service;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.project.Project;
import dev.ferry.config.secret.PasswordPrompt;
import dev.ferry.config.secret.SecretException;
import dev.ferry.config.secret.SecretResolver;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.domain.Stage;
import dev.ferry.engine.DdlDecisions;
import dev.ferry.engine.Engine;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.Migration;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.Precheck;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.store.ChunkCounts;
import dev.ferry.store.StateStore;
import dev.ferry.store.TaskAction;
import dev.ferry.store.StoreException;
import dev.ferry.store.TaskLockedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Task use cases shared by the window and the command line: validate and resolve a project into a
 * runnable task, run the precheck, and read or steer tasks through the state store.
 */
public final class TaskService implements AutoCloseable {

  /** What another process can ask a running task to do. */
  public enum Request {
    PAUSE,
    RESUME,
    STOP
  }

  private final StateStore store;
  private final SecretStore secrets;
  private final ProjectService projects;

  public TaskService(StateStore store, SecretStore secrets, ProjectService projects) {
    this.store = store;
    this.secrets = secrets;
    this.projects = projects;
  }

  /**
   * A run of {@code project} (a fresh start, or a resume when the store has state for it). Fails
   * before the run starts when the configuration has errors, a password is unavailable or a server
   * refuses the login; see {@link #prepare(Project, Path, PasswordPrompt, MigrationListener,
   * TaskLease)}.
   */
  public Migration prepare(
      Project project, Path file, PasswordPrompt prompt, MigrationListener listener) {
    return prepare(project, file, prompt, listener, null);
  }

  /**
   * Like {@link #prepare(Project, Path, PasswordPrompt, MigrationListener)}, for a run under the
   * {@code lease} the caller holds (null: the run takes the task's lock itself). Every server's
   * login is tried first: a refused one fails with {@link ErrorCode#AUTH_FAILED} before anything
   * touches the task's state.
   */
  public Migration prepare(
      Project project, Path file, PasswordPrompt prompt, MigrationListener listener, TaskLease lease) {
    TaskConfig resolved = resolve(validated(project.task()), prompt);
    ServerLogins.verify(project.task(), resolved);
    return Engine.migration(
        project.id(), file, resolved, store, listener, lease == null ? null : lease.lock());
  }

  /**
   * Runs the precheck on {@code project}'s servers.
   *
   * @throws FerryException {@link ErrorCode#AUTH_FAILED} (or another code of category AUTH) when a
   *     server refuses the login
   */
  public PrecheckReport check(Project project, PasswordPrompt prompt) {
    TaskConfig resolved = resolve(validated(project.task()), prompt);
    ServerLogins.verify(project.task(), resolved);
    return Precheck.run(resolved);
  }

  /**
   * Takes the run lock of {@code project}'s task for the caller, who keeps it across several runs
   * (e.g. while a paused {@code ferry run} waits for {@code ferry resume}). Close it to release.
   *
   * @throws FerryException {@link ErrorCode#TASK_LOCKED} naming the process that holds it
   */
  public TaskLease lease(Project project) {
    try {
      return new TaskLease(store.lockTask(project.id(), project.task().name()));
    } catch (TaskLockedException e) {
      throw new FerryException(ErrorCode.TASK_LOCKED, e, e.getMessage());
    } catch (StoreException e) {
      throw new FerryException(ErrorCode.STORE_FAILED, e, e.getMessage());
    }
  }

  /**
   * Records that a task which no process runs (paused, waiting for a resume) was stopped by the
   * user; the caller holds its {@code lease}.
   */
  public void markStopped(TaskLease lease) {
    UUID taskId = lease.lock().taskId();
    store.tasks().find(taskId).ifPresent(t -> {
      if (t.stage() == Stage.PAUSED) {
        store.tasks().changeStage(taskId, Stage.STOPPED, t.unit(), "stopped by the user");
      }
    });
  }

  /** The task service over this machine's store in {@code $FERRY_HOME}. */
  public static TaskService open(ProjectService projects) {
    return new TaskService(StateStore.open(), SecretStore.inFerryHome(), projects);
  }

  /** The last known state of the task, empty when it never ran here. */
  public Optional<TaskStatus> status(UUID taskId, int recentEvents) {
    return TaskStatus.read(store, taskId, recentEvents);
  }

  /** Where a resume of the task continues: the copy's committed chunks and the binlog checkpoints. */
  public ResumePoint resumePoint(UUID taskId) {
    long done = 0;
    long total = 0;
    long rows = 0;
    for (ChunkCounts c : store.chunks().countsByTable(taskId).values()) {
      done += c.done();
      total += c.total();
      rows += c.rowsDone();
    }
    return new ResumePoint(done, total, rows, store.checkpoints().globals(taskId));
  }

  public List<TaskStatus.Summary> tasks() {
    return store.tasks().list().stream().map(TaskStatus.Summary::of).toList();
  }

  /** Asks the process running the task to pause, resume or stop; false when it never ran here. */
  public boolean request(UUID taskId, Request request) {
    if (store.tasks().find(taskId).isEmpty()) {
      return false;
    }
    store.tasks().requestAction(taskId, TaskAction.valueOf(request.name()));
    return true;
  }

  /** Takes (once) a request another process left for the task. */
  public Optional<Request> takeRequest(UUID taskId) {
    return store.tasks().takeRequestedAction(taskId).map(a -> Request.valueOf(a.name()));
  }

  /** The DDLs the task's sync paused on, one per source at most. */
  public List<DdlDecisions.PausedDdl> pausedDdl(Project project) {
    List<DdlDecisions.PausedDdl> out = new ArrayList<>();
    for (SourceConfig s : project.task().sources()) {
      DdlDecisions.paused(store, project.id(), s.sourceId()).ifPresent(out::add);
    }
    return out;
  }

  /** Skips the DDL the sync of {@code sourceId} paused on; false when none is. */
  public boolean skipDdl(Project project, String sourceId) {
    return DdlDecisions.skip(store, project.id(), sourceId);
  }

  /** Replaces the DDL the sync of {@code sourceId} paused on with {@code sql}; false when none is. */
  public boolean replaceDdl(Project project, String sourceId, List<String> sql) {
    return DdlDecisions.replace(store, project.id(), sourceId, sql);
  }

  @Override
  public void close() {
    store.close();
  }

  private TaskConfig validated(TaskConfig task) {
    List<ConfigProblem> errors =
        projects.validate(task).stream().filter(ConfigProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw new FerryException(
          ErrorCode.CONFIG_INVALID,
          errors.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
    }
    return task;
  }

  /** The task with every password resolved to its plain value, in memory only. */
  TaskConfig resolve(TaskConfig task, PasswordPrompt prompt) {
    SecretResolver resolver = new SecretResolver(secrets, prompt);
    TargetConfig t = task.target();
    TargetConfig target =
        new TargetConfig(t.host(), t.port(), t.user(),
            plain(resolver, t.password(), "target (" + t.user() + "@" + t.host() + ":" + t.port() + ")"),
            t.tls(), t.session());
    List<SourceConfig> sources = new ArrayList<>();
    for (SourceConfig s : task.sources()) {
      String purpose = "source " + s.sourceId() + " (" + s.user() + "@" + s.host() + ":" + s.port() + ")";
      sources.add(new SourceConfig(s.sourceId(), s.host(), s.port(), s.user(),
          plain(resolver, s.password(), purpose), s.tls(), s.serverId(), s.enableGtid(), s.meta(),
          s.rules(), s.dump(), s.load(), s.sync()));
    }
    return new TaskConfig(task.name(), task.taskMode(), task.shardMode(), task.caseSensitive(),
        task.onlineDdl(), task.timezone(), task.collationCompatible(), task.ignoreCheckingItems(),
        task.cleanDumpFile(), task.metaSchema(), target, sources, task.rules());
  }

  private static Secret plain(SecretResolver resolver, Secret secret, String purpose) {
    try {
      return Secret.plain(resolver.resolve(secret, purpose));
    } catch (SecretException e) {
      throw new FerryException(ErrorCode.SECRET_UNAVAILABLE, e, purpose, e.getMessage());
    }
  }
}
