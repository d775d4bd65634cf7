package dev.ferry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ferry.config.project.Project;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.service.TaskService;
import dev.ferry.service.TaskStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry status PROJECT [--json]}: the last known state from the store. */
@Command(name = "status", description = "Shows a task's last known state: stage, tables, checkpoints, errors.")
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Option(names = "--json", description = "Print JSON (documented in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Project p = TaskCommands.openProject(project, err);
    if (p == null) {
      return ExitCodes.USAGE;
    }
    Optional<TaskStatus> status;
    try (TaskService tasks = TaskCommands.tasks()) {
      status = tasks.status(p.id(), 20);
    }
    if (status.isEmpty()) {
      if (json) {
        out.println("{\"task-id\":\"" + p.id() + "\",\"name\":" + quote(p.task().name()) + ",\"stage\":\"NEW\"}");
      } else {
        out.println(p.task().name() + ": never run on this machine.");
      }
      return ExitCodes.OK;
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(toJson(status.get())));
    } else {
      print(out, status.get());
    }
    return ExitCodes.OK;
  }

  private static String quote(String s) throws Exception {
    return new ObjectMapper().writeValueAsString(s);
  }

  static Map<String, Object> toJson(TaskStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task-id", s.task().taskId().toString());
    m.put("name", s.task().name());
    m.put("project-file", s.task().projectFile() == null ? null : s.task().projectFile().toString());
    m.put("mode", s.task().mode() == null ? null : s.task().mode().dmName());
    m.put("stage", s.task().stage().name());
    m.put("unit", s.task().unit() == null ? null : s.task().unit().name());
    m.put("updated-at", s.task().updatedAt().toString());
    m.put("rows-done", s.rowsDone());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (TaskStatus.TableRow t : s.tables()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", t.source().toString());
      row.put("target", t.target() == null ? null : t.target().toString());
      row.put("phase", t.phase().name());
      row.put("rows-done", t.rowsDone());
      row.put("rows-estimated", t.rowsEstimated());
      row.put("bytes-done", t.bytesDone());
      row.put("error", t.error());
      tables.add(row);
    }
    m.put("tables", tables);
    Map<String, Object> checkpoints = new LinkedHashMap<>();
    for (Map.Entry<String, BinlogPosition> e : s.checkpoints().entrySet()) {
      Map<String, Object> pos = new LinkedHashMap<>();
      pos.put("file", e.getValue().file());
      pos.put("position", e.getValue().position());
      pos.put("gtid", e.getValue().gtidSet());
      checkpoints.put(e.getKey(), pos);
    }
    m.put("checkpoints", checkpoints);
    List<Map<String, Object>> errors = new ArrayList<>();
    for (TaskStatus.ErrorRow e : s.openErrors()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", e.code());
      row.put("message", e.message());
      row.put("action", e.action());
      row.put("at", e.at().toString());
      errors.add(row);
    }
    m.put("errors", errors);
    List<Map<String, Object>> events = new ArrayList<>();
    for (TaskStatus.EventRow e : s.recentEvents()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("at", e.at().toString());
      row.put("kind", e.kind().name());
      row.put("message", e.message());
      events.add(row);
    }
    m.put("events", events);
    return m;
  }

  private static void print(PrintWriter out, TaskStatus s) {
    out.printf("%s: %s%s, updated %s%n", s.task().name(), s.task().stage(),
        s.task().unit() == null ? "" : " (" + s.task().unit().name().toLowerCase() + ")", s.task().updatedAt());
    out.printf("tables %d/%d done, %,d rows copied%n", s.tablesDone(), s.tables().size(), s.rowsDone());
    s.checkpoints().forEach((source, pos) -> out.println("checkpoint " + source + ": " + pos
        + (pos.hasGtid() ? " gtid " + pos.gtidSet() : "")));
    for (TaskStatus.ErrorRow e : s.openErrors()) {
      out.println("error " + e.code() + ": " + e.message());
      out.println("      fix: " + e.action());
    }
  }
}
