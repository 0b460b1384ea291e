package dev.m2m.core;

/**
 * Something named by the caller does not exist. The message names the kind and the key, for
 * example {@code "student 42 not found"}; {@link #kind()} and {@link #key()} give both to code.
 * Build one with the factory methods, so that every implementation words it the same way.
 */
public final class NotFoundException extends RegistrarException {

    private final String kind;
    private final String key;

    private NotFoundException(String kind, String key, String message) {
        super(message);
        this.kind = kind;
        this.key = key;
    }

    public static NotFoundException student(long id) {
        return new NotFoundException("student", Long.toString(id), "student " + id + " not found");
    }

    public static NotFoundException course(long id) {
        return new NotFoundException("course", Long.toString(id), "course " + id + " not found");
    }

    public static NotFoundException courseNamed(String name) {
        return new NotFoundException("course", name, "course named '" + name + "' not found");
    }

    public static NotFoundException enrollment(long studentId, long courseId) {
        return new NotFoundException("enrollment", studentId + "/" + courseId,
                "enrollment of student " + studentId + " in course " + courseId + " not found");
    }

    /** {@code "student"}, {@code "course"} or {@code "enrollment"}. */
    public String kind() {
        return kind;
    }

    /** The id, the course name, or {@code "studentId/courseId"} for an enrolment. */
    public String key() {
        return key;
    }
}
