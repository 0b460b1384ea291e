package dev.m2m.mybatis.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;

/** One row of the course statistics, built by {@code <constructor>}. */
public record CourseStatsRow(long id, String name, int capacity, int enrolled) {

    public CourseStats toCourseStats() {
        return new CourseStats(new Course(id, name, capacity), enrolled);
    }
}
