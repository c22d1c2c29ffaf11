/**
 * The institution's side in Keycloak (DESIGN §4): its organization, its first admin, and the
 * accounts that suspend, resume and drop act on, through Keycloak's Admin REST API.
 */
@NullMarked
package cn.kaichuang.provisioning.keycloak;

import org.jspecify.annotations.NullMarked;
