/** Price text parsing and exact 折 arithmetic (integer fen, thousandths; never floating point). */
@NullMarked
package io.github.zhibo.disclosure.price;

import org.jspecify.annotations.NullMarked;
