package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Fxml;
import javafx.stage.Stage;

/** Creates the view of each wizard page. */
final class PageViews {

  private PageViews() {}

  static WizardView.PageNodes create(WizardViewModel vm, int index, Stage stage) {
    return switch (index) {
      case 0 -> {
        Fxml.Loaded<ProjectPageView> l = Fxml.load("wizard/ProjectPageView.fxml");
        l.controller().bind(vm.project());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 1 -> {
        Fxml.Loaded<SourcesPageView> l = Fxml.load("wizard/SourcesPageView.fxml");
        l.controller().bind(vm.sources());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 2 -> {
        Fxml.Loaded<TargetPageView> l = Fxml.load("wizard/TargetPageView.fxml");
        l.controller().bind(vm.target());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 3 -> {
        Fxml.Loaded<ObjectsPageView> l = Fxml.load("wizard/ObjectsPageView.fxml");
        l.controller().bind(vm.objects());
        yield new WizardView.PageNodes(l.root(), l.controller().contextNode());
      }
      case 4 -> {
        Fxml.Loaded<RoutesPageView> l = Fxml.load("wizard/RoutesPageView.fxml");
        l.controller().bind(vm.routes());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 5 -> {
        Fxml.Loaded<FiltersPageView> l = Fxml.load("wizard/FiltersPageView.fxml");
        l.controller().bind(vm.filters());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 6 -> {
        Fxml.Loaded<OptionsPageView> l = Fxml.load("wizard/OptionsPageView.fxml");
        l.controller().bind(vm.options());
        yield new WizardView.PageNodes(l.root(), null);
      }
      case 7 -> {
        Fxml.Loaded<PrecheckPageView> l = Fxml.load("wizard/PrecheckPageView.fxml");
        l.controller().bind(vm.precheck());
        yield new WizardView.PageNodes(l.root(), null);
      }
      default -> {
        Fxml.Loaded<ReviewPageView> l = Fxml.load("wizard/ReviewPageView.fxml");
        l.controller().bind(vm.review(), vm.precheck(), stage);
        yield new WizardView.PageNodes(l.root(), null);
      }
    };
  }
}
