package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;

/** Where upstream names go downstream (the task's routes). */
public interface NameMapper {

  TableId table(TableId source);

  String schema(String source);

  /** Keeps every name: for tests and tasks without routes. */
  NameMapper IDENTITY =
      new NameMapper() {
        @Override
        public TableId table(TableId source) {
          return source;
        }

        @Override
        public String schema(String source) {
          return source;
        }
      };
}
