/**
 * Test support other modules reuse through this module's test-jar: one real S3 server per test
 * JVM, so tests exercise the S3 protocol instead of mocks.
 */
@NullMarked
package cn.kaichuang.storage.testsupport;

import org.jspecify.annotations.NullMarked;
