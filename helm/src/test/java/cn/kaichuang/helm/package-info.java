/**
 * Tests of the Helm chart {@code helm/kaichuang}: strict lint, and rendering for the value sets in
 * the chart's {@code ci/} folder, with assertions on the manifests parsed as YAML.
 */
@NullMarked
package cn.kaichuang.helm;

import org.jspecify.annotations.NullMarked;
