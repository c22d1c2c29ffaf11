/**
 * Trainees' evaluations of their lecturers and their institution (TS-2, TS-5, TS-9): after a
 * session and at completion a trainee rates the lecturer and the institution on fixed dimensions
 * (1-5, optional comment), once per occasion. Lecturers see only aggregates and only from
 * {@link Evaluations#MIN_ANSWERS} answers on, institution admins see every lecturer, the province
 * every institution ({@link EvaluationStatistics}).
 */
@NullMarked
package cn.kaichuang.evaluation;

import org.jspecify.annotations.NullMarked;
