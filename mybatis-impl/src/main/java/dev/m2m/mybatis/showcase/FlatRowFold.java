package dev.m2m.mybatis.showcase;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.ResultHandler;

/**
 * Folds join rows ordered by student into students with their courses, as they stream past: a new
 * student id starts a new student. What a nested result map does with its {@code <id>} elements and
 * a cache key per row, done here with one comparison per row, because the rows arrive in order.
 */
final class FlatRowFold implements ResultHandler<FlatRow> {

    private final List<StudentWithCourses> students = new ArrayList<>();
    private Student current;
    private List<Course> courses = new ArrayList<>();

    @Override
    public void handleResult(ResultContext<? extends FlatRow> context) {
        FlatRow row = context.getResultObject();
        if (current == null || current.id() != row.studentId()) {
            finishCurrent();
            current = row.student();
        }
        if (row.hasCourse()) {
            courses.add(row.course());
        }
    }

    List<StudentWithCourses> students() {
        finishCurrent();
        return List.copyOf(students);
    }

    private void finishCurrent() {
        if (current != null) {
            students.add(new StudentWithCourses(current, courses));
            current = null;
            courses = new ArrayList<>();
        }
    }
}
