package dev.m2m.mybatis.showcase;

import dev.m2m.core.Course;
import dev.m2m.mybatis.mapping.StudentRow;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** Three ways to load every student with their courses; SQL in {@code LoadingShowcaseMapper.xml}. */
public interface LoadingShowcaseMapper {

    /** Nested select: one statement for the students, then {@link #coursesOfStudent} once per student. */
    List<StudentRow> allByNestedSelect();

    /** Nested select on a page of students: 1 + {@code limit} statements. */
    List<StudentRow> pageByNestedSelect(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Nested results: one join, the result map folds its rows into students. */
    List<StudentRow> allByNestedResults();

    List<Course> coursesOfStudent(long studentId);

    // Flat rows: the join's rows as they are, folded by a ResultHandler (void: the handler takes them).

    void studentAsFlatRows(long studentId, ResultHandler<FlatRow> fold);

    void pageAsFlatRows(@Param("afterId") long afterId, @Param("limit") int limit, ResultHandler<FlatRow> fold);
}
