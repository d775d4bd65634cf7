/** Value types only (records and enums): table ids, binlog positions, task modes, stages. Depends on the JDK alone. */
package dev.ferry.domain;
