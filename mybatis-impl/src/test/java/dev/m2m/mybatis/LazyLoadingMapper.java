package dev.m2m.mybatis;

import dev.m2m.mybatis.mapping.StudentRow;
import java.util.List;

/** Test-only statements for {@link LazyLoadingTest}: students whose courses load when first touched. */
interface LazyLoadingMapper {

    List<LazyStudent> allLazily();

    StudentRow finalRowLazily(long id);
}
