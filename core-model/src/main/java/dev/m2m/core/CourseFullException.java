package dev.m2m.core;

/** The course already holds as many students as its capacity allows. */
public final class CourseFullException extends RegistrarException {

    private final long courseId;
    private final int capacity;

    public CourseFullException(long courseId, int capacity) {
        super("course " + courseId + " is full: all " + capacity + " places are taken");
        this.courseId = courseId;
        this.capacity = capacity;
    }

    public long courseId() {
        return courseId;
    }

    public int capacity() {
        return capacity;
    }
}
