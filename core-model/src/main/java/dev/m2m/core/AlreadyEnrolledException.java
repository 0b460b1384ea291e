package dev.m2m.core;

/** The student is already enrolled in the course: a link exists at most once. */
public final class AlreadyEnrolledException extends RegistrarException {

    private final long studentId;
    private final long courseId;

    public AlreadyEnrolledException(long studentId, long courseId) {
        super("student " + studentId + " is already enrolled in course " + courseId);
        this.studentId = studentId;
        this.courseId = courseId;
    }

    public long studentId() {
        return studentId;
    }

    public long courseId() {
        return courseId;
    }
}
