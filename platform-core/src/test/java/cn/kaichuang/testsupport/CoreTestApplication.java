package cn.kaichuang.testsupport;

import cn.kaichuang.KaichuangCore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The core alone, as the CLI and the web app embed it. */
@SpringBootApplication
@Import(KaichuangCore.class)
public class CoreTestApplication {
}
