package io.github.zhibo.blacklist;

import java.util.Optional;

/**
 * What listing produced.
 *
 * @param entry the new entry
 * @param notice the notice to the subject, where the profile requires one
 * @param report the report to the regulators, where the profile requires one
 */
public record ListingResult(BlacklistEntry entry, Optional<ListingNotice> notice, Optional<RegulatorReport> report) {}
