package cn.kaichuang.cohort;

import java.util.List;

/**
 * One person as the province recognises them: every trainee record with the same blind index
 * of the ID number, across the institutions the caller supervises.
 *
 * @param key the blind index (never the number itself), to ask for the person's history
 */
public record Person(String key, String name, List<PersonRecord> records) {
}
