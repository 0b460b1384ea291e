package dev.m2m.mybatis;

import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;

/** One row of the course statistics, built by {@code <constructor>}. */
record CourseStatsRow(long id, String name, int capacity, int enrolled) {

    CourseStats toCourseStats() {
        return new CourseStats(new Course(id, name, capacity), enrolled);
    }
}
