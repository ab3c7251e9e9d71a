/** The Jakarta Validation adapter: {@link io.github.zhibo.disclosure.validation.LiveRoomDisclosure}. Optional dependency. */
@NullMarked
package io.github.zhibo.disclosure.validation;

import org.jspecify.annotations.NullMarked;
