package cn.kaichuang.provisioning;

import java.util.Map;

/** A command that knows the environment the CLI was started with: the top command and command groups. */
interface CliEnvironment {

    Map<String, String> environment();
}
