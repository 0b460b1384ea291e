package dev.m2m.mybatis;

import dev.m2m.core.Course;
import java.util.ArrayList;
import java.util.List;

/**
 * What MyBatis lazy loading needs of a result type: a class it can subclass at run time (not final) and a
 * property it can intercept ({@link #getCourses()}). Records and the registrar's final row classes cannot be
 * lazy. Test-only, for {@link LazyLoadingTest}.
 */
public class LazyStudent {

    private Long id;
    private String name;
    private List<Course> courses = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public void setCourses(List<Course> courses) {
        this.courses = courses;
    }

    /** Prints no course, and still loads them: toString is one of MyBatis' lazy-load trigger methods. */
    @Override
    public String toString() {
        return "LazyStudent[id=" + id + ", name=" + name + "]";
    }
}
