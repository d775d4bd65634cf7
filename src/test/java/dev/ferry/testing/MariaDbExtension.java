package dev.ferry.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method a {@link Sandbox} parameter: real MariaDB servers (started once per JVM) and
 * databases of its own that are dropped after the test.
 *
 * <pre>{@code
 * @ExtendWith(MariaDbExtension.class)
 * class CopyIT {
 *   @Test void copiesRows(Sandbox sandbox) { String db = sandbox.sourceDatabase(); ... }
 * }
 * }</pre>
 */
public final class MariaDbExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(MariaDbExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NS)
        .getOrComputeIfAbsent("sandbox", k -> new Sandbox(context.getDisplayName()), Sandbox.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Sandbox sandbox = context.getStore(NS).remove("sandbox", Sandbox.class);
    if (sandbox != null) {
      sandbox.cleanUp();
    }
  }
}
