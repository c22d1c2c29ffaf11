package cn.kaichuang.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.testsupport.TestS3Server;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Create and drop with an S3 server: the in-process one of the storage module's test support. */
class ObjectStoreCommandsTest {

    private final TestPlatform platform = new TestPlatform();
    private final ObjectStore store = TestS3Server.objectStore();

    @Test
    void createMakesTheBucketAndDropRemovesItWithEverythingElse() {
        String code = TestPlatform.uniqueCode("s3");
        String schema = "t_" + code.replace('-', '_');

        CliRun created = withS3(TestS3Server.endpoint().toString(), "create", "--code", code, "--name", "株洲创业学院",
                "--region", "430200");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out().strip()).endsWith(", bucket kc-" + code);
        assertThat(store.bucketExists("kc-" + code)).isTrue();

        store.put("kc-" + code, "materials/plan.pdf", new byte[] {1, 2, 3}, "application/pdf");
        CliRun dropped = withS3(TestS3Server.endpoint().toString(), "drop", "--code", code, "--confirm", code);

        assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
        assertThat(dropped.out().strip()).endsWith(", registry entry, bucket kc-" + code);
        assertThat(store.bucketExists("kc-" + code)).isFalse();
        assertThat(platform.schemaExists(schema)).isFalse();
        assertThat(platform.roleExists(platform.roleOf(schema))).isFalse();
        assertThat(platform.registered(code)).isFalse();
    }

    @Test
    void aCreateWhoseBucketFailsLeavesNoSchemaRoleBucketOrRegistryEntry() throws IOException {
        String code = TestPlatform.uniqueCode("nos3");
        String schema = "t_" + code.replace('-', '_');
        String closed = "http://127.0.0.1:" + closedPort();

        CliRun failed = withS3(closed, "create", "--code", code, "--name", "失败", "--region", "430200");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.errLines()).singleElement().asString()
                .startsWith("Creating institution '" + code + "' failed: Could not ")
                .contains("bucket 'kc-" + code + "' at " + closed);
        assertThat(failed.out()).isEmpty();
        assertThat(platform.schemaExists(schema)).isFalse();
        assertThat(platform.roleExists(platform.roleOf(schema))).isFalse();
        assertThat(platform.registered(code)).isFalse();
        assertThat(store.bucketExists("kc-" + code)).isFalse();
        // The schema was made and migrated before the bucket failed; a retry starts from nothing.
        CliRun retried = withS3(TestS3Server.endpoint().toString(), "create", "--code", code, "--name", "重试",
                "--region", "430200");
        assertThat(retried.exitCode()).as(retried.toString()).isZero();
    }

    @Test
    void aDropWhoseBucketCannotBeRemovedSaysWhatWasDroppedAndWhatIsLeft() throws IOException {
        String code = TestPlatform.uniqueCode("keep");
        String schema = "t_" + code.replace('-', '_');
        withS3(TestS3Server.endpoint().toString(), "create", "--code", code, "--name", "保留", "--region", "430200");
        String closed = "http://127.0.0.1:" + closedPort();

        CliRun failed = withS3(closed, "drop", "--code", code, "--confirm", code);

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.errLines()).singleElement().asString()
                .startsWith("Dropped schema " + schema + ", role " + platform.roleOf(schema) + " and the registry"
                        + " entry of '" + code + "', but not its bucket; remove it by hand: Could not ")
                .contains("bucket 'kc-" + code + "' at " + closed);
        assertThat(platform.schemaExists(schema)).isFalse();
        assertThat(platform.registered(code)).isFalse();
        assertThat(store.bucketExists("kc-" + code)).isTrue();
        store.removeBucket("kc-" + code);
    }

    @Test
    void anEndpointWithoutKeysIsAUsageError() {
        CliRun noKeys = platform.run("create", "--code", "nokeys", "--name", "x", "--region", "430100",
                "--s3-endpoint", TestS3Server.endpoint().toString());

        assertThat(noKeys.exitCode()).isEqualTo(2);
        assertThat(noKeys.errLines()).containsExactly("--s3-endpoint needs --s3-access-key and --s3-secret-key"
                + " (or KAICHUANG_S3_ACCESS_KEY and KAICHUANG_S3_SECRET_KEY)");
        assertThat(platform.schemaExists("t_nokeys")).isFalse();
    }

    private CliRun withS3(String endpoint, String command, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--s3-endpoint", endpoint, "--s3-access-key", TestS3Server.ACCESS_KEY,
                "--s3-secret-key", TestS3Server.SECRET_KEY}, 0, all, args.length, 6);
        return platform.run(command, all);
    }

    /** A port nothing listens on: just released by the operating system. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
