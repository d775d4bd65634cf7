package dev.ferry.config.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.Secret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretResolverTest {

  @TempDir Path home;

  private final List<String> asked = new ArrayList<>();

  private SecretResolver resolver(Map<String, String> env, Optional<String> answer) {
    return new SecretResolver(
        env::get,
        new SecretStore(home.resolve("secrets")),
        purpose -> {
          asked.add(purpose);
          return answer;
        });
  }

  @Test
  void readsAnEnvironmentVariable() throws Exception {
    assertThat(
            resolver(Map.of("TIDB_PASSWORD", "pw"), Optional.empty())
                .resolve(Secret.env("TIDB_PASSWORD"), "target"))
        .isEqualTo("pw");
  }

  @Test
  void aMissingEnvironmentVariableIsNamed() {
    assertThatThrownBy(
            () ->
                resolver(Map.of(), Optional.empty())
                    .resolve(Secret.env("TIDB_PASSWORD"), "target (root@tidb:4000)"))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("Environment variable TIDB_PASSWORD is not set")
        .hasMessageContaining("target (root@tidb:4000)");
  }

  @Test
  void anEnvSecretWithoutNameIsAnError() {
    assertThatThrownBy(() -> resolver(Map.of(), Optional.empty()).resolve(Secret.env(""), "target"))
        .hasMessageContaining("name is")
        .hasMessageContaining("empty");
  }

  @Test
  void readsARememberedPassword() throws Exception {
    String id = new SecretStore(home.resolve("secrets")).remember("pw");
    assertThat(
            resolver(Map.of(), Optional.empty()).resolve(Secret.remembered(id), "source mysql-1"))
        .isEqualTo("pw");
  }

  @Test
  void aRememberedPasswordNotOnThisMachineIsAClearError() {
    assertThatThrownBy(
            () ->
                resolver(Map.of(), Optional.empty())
                    .resolve(Secret.remembered("abc"), "source mysql-1"))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("id abc")
        .hasMessageContaining("stay on the machine")
        .hasMessageContaining("source mysql-1");
  }

  @Test
  void askDelegatesToThePrompt() throws Exception {
    assertThat(resolver(Map.of(), Optional.of("typed")).resolve(Secret.ask(), "source mysql-1"))
        .isEqualTo("typed");
    assertThat(asked).containsExactly("source mysql-1");
  }

  @Test
  void aCancelledPromptIsAnError() {
    assertThatThrownBy(() -> resolver(Map.of(), Optional.empty()).resolve(Secret.ask(), "target"))
        .hasMessageContaining("No password was entered for target");
  }

  @Test
  void anUnattendedRunCannotAsk() {
    SecretResolver unattended =
        new SecretResolver(
            Map.<String, String>of()::get, new SecretStore(home), PasswordPrompt.unavailable());
    assertThatThrownBy(() -> unattended.resolve(Secret.ask(), "target"))
        .isInstanceOf(SecretException.class);
  }

  @Test
  void aPlainPasswordIsUsedAsIs() throws Exception {
    assertThat(resolver(Map.of(), Optional.empty()).resolve(Secret.plain("typed"), "target"))
        .isEqualTo("typed");
    assertThat(asked).isEmpty();
  }
}
