package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.project.Project;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.TaskMode;
import dev.ferry.service.ProjectService;
import dev.ferry.service.ServerAccess;
import dev.ferry.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The wizard: nine pages over one task, Back/Next, the project it edits and its file. Every change
 * revalidates the whole task ({@link ProjectService#validate}) and shows each problem on its page.
 */
public final class WizardViewModel {

  private final TaskExecutor executor;
  private final ProjectService projects;
  private final ProjectPageViewModel project = new ProjectPageViewModel();
  private final SourcesPageViewModel sources;
  private final TargetPageViewModel target;
  private final ObjectsPageViewModel objects;
  private final RoutesPageViewModel routes;
  private final FiltersPageViewModel filters = new FiltersPageViewModel();
  private final OptionsPageViewModel options = new OptionsPageViewModel();
  private final PrecheckPageViewModel precheck;
  private final ReviewPageViewModel review;
  private final List<PageViewModel> pages;
  private final IntegerProperty current = new SimpleIntegerProperty(0);
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final BooleanBinding canNext;
  private final BooleanBinding canStart;
  private Project base = Project.create(emptyTask());
  private boolean loading;
  private boolean revalidationPending;
  private Consumer<Runnable> deferral = Runnable::run;
  private Consumer<Project> onStart = p -> {};

  public WizardViewModel(TaskExecutor executor, ProjectService projects, ServerAccess access) {
    this.executor = executor;
    this.projects = projects;
    sources = new SourcesPageViewModel(executor, access);
    target = new TargetPageViewModel(executor, access);
    objects =
        new ObjectsPageViewModel(
            executor,
            access,
            this::sourceConfigs,
            () -> sources.sources().stream().map(e -> e.sourceIdProperty().get().trim()).toList());
    routes = new RoutesPageViewModel(objects::selectedTables, project.shardModeProperty());
    precheck = new PrecheckPageViewModel(executor, access, this::toTaskConfig);
    review = new ReviewPageViewModel(executor, projects, this::toTaskConfig, objects);
    pages = List.of(project, sources, target, objects, routes, filters, options, precheck, review);
    review.setEstimateSource(() -> precheck.reportProperty().get());
    pages.forEach(p -> p.setOnChange(this::changed));
    canNext =
        Bindings.createBooleanBinding(
                () -> current.get() < pages.size() - 1 && pages.get(current.get()).isValid(),
                pages.stream()
                    .map(PageViewModel::validProperty)
                    .toArray(javafx.beans.Observable[]::new))
            .and(Bindings.createBooleanBinding(() -> current.get() < pages.size() - 1, current));
    canStart = review.validProperty().and(precheck.passedProperty());
    revalidate();
  }

  private static TaskConfig emptyTask() {
    return new TaskConfig(
        "", TaskMode.ALL, null, false, null, null, null, null, false, null, null, List.of(), null);
  }

  /** The name of the block-allow-list the wizard generates for a source. */
  public static String blockAllowListName(String sourceId) {
    return "ba-" + sourceId;
  }

  /** Shows {@code p} (from {@code f}, null for a new project) and starts at page 1. */
  public void load(Project p, Path f) {
    loading = true;
    try {
      base = p;
      TaskConfig t = p.task();
      project.nameProperty().set(t.name());
      project.modeProperty().set(t.taskMode());
      project.shardModeProperty().set(t.shardMode());
      sources.load(t.sources());
      target.load(t.target());
      Map<String, BlockAllowList> lists = new LinkedHashMap<>();
      for (SourceConfig s : t.sources()) {
        String name = s.rules().blockAllowList();
        if (name != null && t.rules().blockAllowList().containsKey(name)) {
          lists.put(s.sourceId(), t.rules().blockAllowList().get(name));
        }
      }
      objects.loadFromProject(lists);
      routes.load(t.rules().routes());
      filters.load(t.rules().filters(), t.rules().expressionFilters());
      options.load(t.onlineDdl(), t.sources());
      file.set(f);
    } finally {
      loading = false;
    }
    current.set(0);
    revalidate();
    dirty.set(false);
  }

  private void changed() {
    if (loading) {
      return;
    }
    dirty.set(true);
    precheck.markStale();
    if (!revalidationPending) {
      revalidationPending = true;
      deferral.accept(
          () -> {
            revalidationPending = false;
            revalidate();
          });
    }
  }

  /**
   * How revalidation after a change is scheduled. By default at once (tests); the window passes
   * {@code Platform::runLater} so that a burst of changes (ticking a schema of 500 tables) is
   * checked once.
   */
  public void setDeferral(Consumer<Runnable> deferral) {
    this.deferral = deferral;
  }

  /** Runs every check and puts each problem on its page. */
  public List<ConfigProblem> revalidate() {
    routes.refresh();
    List<ConfigProblem> problems = projects.validate(toTaskConfig());
    pages.forEach(p -> p.showProblems(problems));
    return problems;
  }

  private List<SourceConfig> sourceConfigs() {
    return toTaskConfig().sources();
  }

  /** The task as the pages describe it now. */
  public TaskConfig toTaskConfig() {
    TaskConfig b = base.task();
    Map<String, BlockAllowList> perSource = objects.blockAllowLists();
    Map<String, BlockAllowList> lists = new LinkedHashMap<>();
    List<String> routeNames = List.copyOf(routes.rules().keySet());
    List<String> filterNames = List.copyOf(filters.filterRules().keySet());
    List<String> exprNames = List.copyOf(filters.expressionRules().keySet());
    List<SourceConfig> configs = new ArrayList<>();
    for (SourceEntryViewModel e : sources.sources()) {
      String id = e.sourceIdProperty().get().trim();
      BlockAllowList list = perSource.get(id);
      String listName = null;
      if (list != null) {
        listName = blockAllowListName(id);
        lists.put(listName, list);
      }
      configs.add(e.toConfig(new RuleRefs(listName, routeNames, filterNames, exprNames), options));
    }
    RuleSets rules =
        new RuleSets(lists, routes.rules(), filters.filterRules(), filters.expressionRules());
    return new TaskConfig(
        project.nameProperty().get().trim(),
        project.modeProperty().get(),
        project.shardModeProperty().get(),
        b.caseSensitive(),
        options.onlineDdlConfig(),
        b.timezone(),
        b.collationCompatible(),
        b.ignoreCheckingItems(),
        b.cleanDumpFile(),
        b.metaSchema(),
        target.toConfig(),
        configs,
        rules);
  }

  /** The project as it would be saved now. */
  public Project toProject() {
    return base.withTask(toTaskConfig());
  }

  public void next() {
    if (canNext.get()) {
      goTo(current.get() + 1);
    }
  }

  public void back() {
    if (current.get() > 0) {
      goTo(current.get() - 1);
    }
  }

  /** Shows page {@code index}; moving forward past a page with errors is refused. */
  public void goTo(int index) {
    if (index < 0 || index >= pages.size()) {
      return;
    }
    for (int i = current.get(); i < index; i++) {
      if (!pages.get(i).isValid()) {
        index = i;
        break;
      }
    }
    current.set(index);
    pages.get(index).onEnter();
  }

  /** Saves to {@code target} off the UI thread; typed passwords are remembered on this machine. */
  public void save(Path destination, Runnable onSaved) {
    Project p = toProject();
    status.set("Saving…");
    executor.execute(
        () -> projects.save(p, destination),
        saved -> {
          base = saved;
          loading = true;
          try {
            sources.load(saved.task().sources()); // typed passwords are now remembered ids
            this.target.load(saved.task().target());
          } finally {
            loading = false;
          }
          revalidate();
          file.set(destination);
          dirty.set(false);
          status.set("✓ Saved " + destination.getFileName());
          onSaved.run();
        },
        failure -> status.set("✗ Not saved: " + failure.getMessage()));
  }

  /** Hands the project to the window to run; only when the check passed. */
  public void start() {
    if (canStart.get()) {
      onStart.accept(toProject());
    }
  }

  public void setOnStart(Consumer<Project> onStart) {
    this.onStart = onStart;
  }

  public List<PageViewModel> pages() {
    return pages;
  }

  public IntegerProperty currentProperty() {
    return current;
  }

  public PageViewModel currentPage() {
    return pages.get(current.get());
  }

  public BooleanBinding canNextProperty() {
    return canNext;
  }

  public BooleanBinding canStartProperty() {
    return canStart;
  }

  public BooleanProperty dirtyProperty() {
    return dirty;
  }

  public ObjectProperty<Path> fileProperty() {
    return file;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ProjectPageViewModel project() {
    return project;
  }

  public SourcesPageViewModel sources() {
    return sources;
  }

  public TargetPageViewModel target() {
    return target;
  }

  public ObjectsPageViewModel objects() {
    return objects;
  }

  public RoutesPageViewModel routes() {
    return routes;
  }

  public FiltersPageViewModel filters() {
    return filters;
  }

  public OptionsPageViewModel options() {
    return options;
  }

  public PrecheckPageViewModel precheck() {
    return precheck;
  }

  public ReviewPageViewModel review() {
    return review;
  }
}
