package dev.m2m.core;

/** Course names are unique, and this one is taken. */
public final class DuplicateCourseNameException extends RegistrarException {

    private final String name;

    public DuplicateCourseNameException(String name) {
        super("a course named '" + name + "' already exists");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
