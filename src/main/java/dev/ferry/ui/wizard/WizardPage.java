package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** One step of the wizard, as its view model. */
public interface WizardPage {

  /** The step's name in the step bar, e.g. {@code Sources}. */
  String title();

  /** One sentence for the context panel: what this step decides. */
  String help();

  /** False while the page has errors; the wizard's Next is disabled then. */
  ReadOnlyBooleanProperty validProperty();

  /**
   * Shows the problems of the whole task that belong to this page (by path) next to their fields,
   * together with the page's own checks.
   */
  void showProblems(List<ConfigProblem> problems);

  /** Called when the page is shown: refresh what depends on other pages. */
  default void onEnter() {}
}
