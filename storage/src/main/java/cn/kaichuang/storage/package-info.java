/**
 * Object storage for Kaichuang: one bucket per tenant, objects addressed by feature-scoped keys,
 * SHA-256 of every object recorded, short-lived presigned URLs for downloads.
 * <p>
 * {@link cn.kaichuang.storage.ObjectStore} is the port the rest of the platform codes against;
 * {@link cn.kaichuang.storage.MinioObjectStore} speaks S3 to MinIO in production and to the
 * in-process {@link cn.kaichuang.storage.EmbeddedS3Server} in development and tests.
 */
@NullMarked
package cn.kaichuang.storage;

import org.jspecify.annotations.NullMarked;
