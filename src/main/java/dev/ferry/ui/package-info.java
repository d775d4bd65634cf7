/** The JavaFX user interface: views, FXML and view models. */
package dev.ferry.ui;
