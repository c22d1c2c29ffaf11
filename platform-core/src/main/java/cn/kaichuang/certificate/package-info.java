/**
 * Training certificates (TM-6): completion rules per course type, issue one or all eligible
 * trainees of a cohort, province-wide serial numbers, a printable PDF with a QR code that links
 * to the public verification page, revocation. The registry lives in schema {@code platform}
 * because employers and banks verify certificates without knowing the institution.
 */
@NullMarked
package cn.kaichuang.certificate;

import org.jspecify.annotations.NullMarked;
