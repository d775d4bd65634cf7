package dev.ferry.ui;

import dev.ferry.config.FerryVersion;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.domain.Stage;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.ResumableTask;
import dev.ferry.service.RunningTask;
import dev.ferry.service.ServerAccess;
import dev.ferry.service.TaskRunner;
import dev.ferry.ui.common.TaskExecutor;
import dev.ferry.ui.dashboard.DashboardViewModel;
import dev.ferry.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the main window: which screen shows (start page, wizard, dashboard), the
 * project being edited and its file, recent projects and the tasks to resume. Touches no controls.
 */
public final class MainWindowViewModel {

  /** The screens of the main window. */
  public enum Screen {
    START,
    WIZARD,
    DASHBOARD
  }

  private final RecentProjects recentProjects;
  private final ProjectService projects;
  private final ServerAccess servers;
  private final TaskRunner runner;
  private final Supplier<List<ResumableTask>> resumable;
  private final TaskExecutor executor;
  private final Runnable quitAction;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final ObservableList<ResumableTask> resumableTasks = FXCollections.observableArrayList();
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.START);
  private final ObjectProperty<WizardViewModel> wizard = new SimpleObjectProperty<>();
  private final ObjectProperty<DashboardViewModel> dashboard = new SimpleObjectProperty<>();
  private final StringBinding title;
  private volatile RunningTask shown;

  /**
   * @param resumable reads the store's resumable tasks (may block briefly; called off the UI
   *     thread)
   */
  public MainWindowViewModel(
      RecentProjects recentProjects,
      ProjectService projects,
      ServerAccess servers,
      TaskRunner runner,
      Supplier<List<ResumableTask>> resumable,
      TaskExecutor executor,
      Runnable quitAction) {
    this.recentProjects = recentProjects;
    this.projects = projects;
    this.servers = servers;
    this.runner = runner;
    this.resumable = resumable;
    this.executor = executor;
    this.quitAction = quitAction;
    recent.setAll(recentProjects.list());
    title =
        Bindings.createStringBinding(
            () -> {
              WizardViewModel w = wizard.get();
              if (screen.get() == Screen.DASHBOARD && dashboard.get() != null) {
                return "Ferry — " + dashboard.get().taskName();
              }
              if (screen.get() != Screen.WIZARD || w == null) {
                return "Ferry";
              }
              Path f = w.fileProperty().get();
              String name = f == null ? "Untitled project" : f.getFileName().toString();
              return "Ferry — " + name + (w.dirtyProperty().get() ? " *" : "");
            },
            screen,
            wizard);
    wizard.addListener(
        (obs, old, w) -> {
          if (w != null) {
            w.dirtyProperty().addListener(x -> title.invalidate());
            w.fileProperty().addListener(x -> title.invalidate());
          }
        });
    refreshResumable();
  }

  /** Re-reads the recent projects and the tasks to resume, off the UI thread. */
  public void refreshResumable() {
    record StartPage(List<Path> recent, List<ResumableTask> resumable) {}
    executor.execute(
        () ->
            new StartPage(
                recentProjects.list(),
                resumable.get().stream().filter(t -> !runsHere(t.taskId())).toList()),
        page -> {
          recent.setAll(page.recent());
          resumableTasks.setAll(page.resumable());
        },
        failure -> status.set("Cannot read the task list: " + failure.getMessage()));
  }

  public StringBinding titleProperty() {
    return title;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObservableList<Path> recentProjects() {
    return recent;
  }

  public ObservableList<ResumableTask> resumableTasks() {
    return resumableTasks;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ObjectProperty<WizardViewModel> wizardProperty() {
    return wizard;
  }

  public ObjectProperty<DashboardViewModel> dashboardProperty() {
    return dashboard;
  }

  public String versionText() {
    return "Ferry " + FerryVersion.version();
  }

  /** Starts the wizard on a new project. */
  public void newProject() {
    WizardViewModel w = newWizard();
    wizard.set(w);
    screen.set(Screen.WIZARD);
    status.set("New project: fill in each step; Next is enabled once the step has no errors.");
  }

  private WizardViewModel newWizard() {
    WizardViewModel w = new WizardViewModel(executor, projects, servers);
    w.setOnStart(this::start);
    w.statusProperty().addListener((obs, was, now) -> status.set(now));
    return w;
  }

  /** Opens {@code file} in the wizard (off the UI thread); null means the user cancelled. */
  public void openProject(Path file) {
    if (file == null) {
      status.set("Open cancelled.");
      return;
    }
    status.set("Opening " + file.getFileName() + "…");
    record Opened(Project project, java.util.Optional<RunningTask> stored) {}
    executor.execute(
        () -> {
          Project project = projects.open(file);
          return new Opened(project, runner.stored(project, file));
        },
        opened -> {
          WizardViewModel w = newWizard();
          w.load(opened.project(), file);
          wizard.set(w);
          recent.setAll(recentProjects.list());
          if (opened.stored().isPresent()) {
            showDashboard(opened.stored().get()); // a task with state opens on its dashboard
            status.set("Opened " + file + ": the task's last known state; Resume continues it.");
          } else {
            screen.set(Screen.WIZARD);
            status.set("Opened " + file);
          }
        },
        failure -> status.set("✗ " + failure.getMessage()));
  }

  /** True when Save needs a file name first (Save As). */
  public boolean needsFileName() {
    WizardViewModel w = wizard.get();
    return w != null && w.fileProperty().get() == null;
  }

  /** Saves the wizard's project to its file, or to {@code file} (Save As). */
  public void save(Path file, Runnable onSaved) {
    WizardViewModel w = wizard.get();
    if (w == null) {
      return;
    }
    Path target = file != null ? file : w.fileProperty().get();
    if (target == null) {
      return;
    }
    if (!target.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
      target = target.resolveSibling(target.getFileName() + ProjectFiles.EXTENSION);
    }
    w.save(
        target,
        () -> {
          recent.setAll(recentProjects.list());
          onSaved.run();
        });
  }

  /** True when closing would lose changes: the view asks first. */
  public boolean hasUnsavedChanges() {
    WizardViewModel w = wizard.get();
    return w != null && w.dirtyProperty().get();
  }

  /** Runs {@code project} and shows its dashboard. */
  public void start(Project project) {
    WizardViewModel w = wizard.get();
    Path file = w == null ? null : w.fileProperty().get();
    status.set("Starting " + project.task().name() + "…");
    executor.execute(
        () -> runner.start(project, file),
        this::showDashboard,
        failure -> status.set("✗ Cannot start: " + failure.getMessage()));
  }

  /** Opens the task's project and runs it again from its checkpoints. */
  public void resume(ResumableTask task) {
    if (task.projectFile() == null) {
      status.set(
          "✗ The project file of " + task.name() + " is not known: open it with File → Open.");
      return;
    }
    status.set("Resuming " + task.name() + "…");
    executor.execute(
        () -> runner.start(projects.open(task.projectFile()), task.projectFile()),
        this::showDashboard,
        failure -> status.set("✗ Cannot resume " + task.name() + ": " + failure.getMessage()));
  }

  /** True when this window runs the task now: it is not offered for resuming. */
  private boolean runsHere(UUID taskId) {
    RunningTask t = shown;
    return t != null && t.isActive() && t.taskId().equals(taskId);
  }

  /** Shows a dashboard for a task that runs; the status bar then follows the task's stage. */
  public void showDashboard(RunningTask task) {
    shown = task;
    DashboardViewModel d = new DashboardViewModel(task, executor);
    javafx.beans.InvalidationListener follow =
        x -> {
          if (dashboard.get() == d && screen.get() == Screen.DASHBOARD) {
            status.set(
                stageStatus(
                    task.name(),
                    d.stageProperty().get(),
                    d.activeProperty().get(),
                    d.errorVisibleProperty().get()));
          }
        };
    d.stageProperty().addListener(follow);
    d.activeProperty().addListener(follow);
    d.errorVisibleProperty().addListener(follow);
    dashboard.set(d);
    screen.set(Screen.DASHBOARD);
    status.set("Running " + task.name() + ".");
  }

  /**
   * The status bar's line for a task in {@code stage}.
   *
   * @param active whether a run of it is on its way
   * @param error whether the dashboard shows an error
   */
  static String stageStatus(String name, Stage stage, boolean active, boolean error) {
    String resumable = " Resume continues it from its checkpoints.";
    String needsYou = " on an error: the dashboard says what to do.";
    if (stage == Stage.NEW || stage.isRunning()) {
      if (active) {
        return "Running " + name + (error ? " (retrying after an error)." : ".");
      }
      return error ? "‖ " + name + " stopped" + needsYou : name + " is not running." + resumable;
    }
    return switch (stage) {
      case PAUSED -> "‖ " + name + " is paused" + (error ? needsYou : "." + resumable);
      case STOPPED -> "■ " + name + " is stopped." + resumable;
      case FAILED -> "✗ " + name + " failed: the dashboard shows the error and what to do.";
      default -> "✓ " + name + " finished.";
    };
  }

  /** How the start page's resume list names the stage a task was left in. */
  static String resumeStageText(Stage stage) {
    return switch (stage) {
      case NEW -> "never started";
      case CHECKING -> "interrupted while checking";
      case DUMPING, LOADING -> "interrupted while copying";
      case SYNCING -> "interrupted while syncing";
      case PAUSED -> "paused";
      case STOPPED -> "stopped";
      case FAILED -> "failed";
      case FINISHED -> "finished";
    };
  }

  /** Back to the start page (the wizard keeps its project). */
  public void showStart() {
    screen.set(Screen.START);
    refreshResumable();
  }

  /** Back to the wizard of the current project, if any. */
  public void showWizard() {
    if (wizard.get() != null) {
      screen.set(Screen.WIZARD);
    }
  }

  public void quit() {
    quitAction.run();
  }
}
