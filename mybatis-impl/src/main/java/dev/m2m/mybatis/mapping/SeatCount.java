package dev.m2m.mybatis.mapping;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.CourseFullException;

/**
 * A course's places as counted under its row lock: how many are taken, and how many of them are the
 * student's ({@code mine}, 0 or 1). Built by {@code <constructor>} from a count, hence the int.
 */
public record SeatCount(long courseId, int taken, int mine) {

    public static SeatCount none(long courseId) {
        return new SeatCount(courseId, 0, 0);
    }

    public void check(long studentId, int capacity) {
        if (mine > 0) {
            throw new AlreadyEnrolledException(studentId, courseId);
        }
        if (taken >= capacity) {
            throw new CourseFullException(courseId, capacity);
        }
    }
}
