/**
 * Platform parameters: the thresholds the regulation leaves open, each a typed {@link
 * io.github.zhibo.core.param.Parameter} with a documented default, set per platform in an immutable,
 * versioned {@link io.github.zhibo.core.param.PlatformParameters}. Distinct from the profile, which holds
 * only what the legal text says.
 */
package io.github.zhibo.core.param;
