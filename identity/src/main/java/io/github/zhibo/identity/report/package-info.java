/**
 * The January/July identity report (身份信息报送, Art. 9): report month, sections per profile, completeness, CSV and streaming XLSX export with SHA-256 digests.
 */
@NullMarked
package io.github.zhibo.identity.report;

import org.jspecify.annotations.NullMarked;
