/** Jackson adapter for findings and decisions (optional dependency): {@link io.github.zhibo.core.check.jackson.CheckModule}. */
package io.github.zhibo.core.check.jackson;
