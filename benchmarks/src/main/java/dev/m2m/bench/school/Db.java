package dev.m2m.bench.school;

/** The database a trial runs on: H2 in memory by default, or an embedded PostgreSQL 17. */
public enum Db {
    H2,
    POSTGRES
}
