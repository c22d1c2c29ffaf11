@NullMarked
package cn.kaichuang.jobs;

import org.jspecify.annotations.NullMarked;
