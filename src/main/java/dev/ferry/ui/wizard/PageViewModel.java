package dev.ferry.ui.wizard;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What every page view model shares: validity, a page-level message and change notification. */
public abstract class PageViewModel implements WizardPage {

  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper pageMessage = new ReadOnlyStringWrapper("");
  private Runnable onChange = () -> {};

  @Override
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public boolean isValid() {
    return valid.get();
  }

  /** A message about the page as a whole ("" when none), shown above the page's buttons. */
  public ReadOnlyStringProperty pageMessageProperty() {
    return pageMessage.getReadOnlyProperty();
  }

  /** The wizard listens here to revalidate the task and mark the project modified. */
  public void setOnChange(Runnable onChange) {
    this.onChange = onChange;
  }

  protected void changed() {
    onChange.run();
  }

  /** Calls {@link #changed()} whenever one of {@code inputs} changes. */
  protected void watch(Observable... inputs) {
    for (Observable o : inputs) {
      o.addListener(x -> changed());
    }
  }

  protected void setValid(boolean ok) {
    valid.set(ok);
  }

  protected void setPageMessage(String message) {
    pageMessage.set(message == null ? "" : message);
  }
}
