-- Ferry state store, schema version 2: DM's `binlog skip|replace` for the sync. The DDL each
-- source's sync paused on (the target rejected it) and the user's decision for a DDL at a binlog
-- position. Until version 2 they were kept in $FERRY_HOME/store/sync-ddl/<task>.properties.
-- Same rules as V1__task_state.sql: every statement safe to repeat, no ';' inside literals.

-- At most one per source: the statement the sync of that source stopped on.
CREATE TABLE IF NOT EXISTS ddl_failure (
  task_id UUID NOT NULL,
  source_id VARCHAR(255) NOT NULL,
  binlog_file VARCHAR(512) NOT NULL,
  binlog_pos BIGINT NOT NULL,
  gtid_set VARCHAR(100000),
  source_sql VARCHAR(1000000) NOT NULL,
  target_sql VARCHAR(1000000) NOT NULL,
  error_message VARCHAR(100000) NOT NULL,
  failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (task_id, source_id),
  CONSTRAINT fk_ddl_failure_task FOREIGN KEY (task_id) REFERENCES task (task_id) ON DELETE CASCADE
);

-- What to do with the DDL that ends at (binlog_file, binlog_pos): SKIP it, or REPLACE it with
-- statements (target SQL, run in order). Used up when the sync passes that DDL.
CREATE TABLE IF NOT EXISTS ddl_decision (
  task_id UUID NOT NULL,
  source_id VARCHAR(255) NOT NULL,
  binlog_file VARCHAR(512) NOT NULL,
  binlog_pos BIGINT NOT NULL,
  decision VARCHAR(10) NOT NULL,
  statements VARCHAR(1000000) ARRAY,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (task_id, source_id, binlog_file, binlog_pos),
  CONSTRAINT ck_ddl_decision CHECK (decision IN ('SKIP', 'REPLACE')),
  CONSTRAINT fk_ddl_decision_task FOREIGN KEY (task_id) REFERENCES task (task_id) ON DELETE CASCADE
);
