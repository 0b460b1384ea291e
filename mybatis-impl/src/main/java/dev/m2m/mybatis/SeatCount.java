package dev.m2m.mybatis;

/** How many students a course holds ({@code taken}), and whether the student is among them ({@code mine}). */
record SeatCount(long courseId, int taken, int mine) {
}
