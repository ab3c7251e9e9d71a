/**
 * The regulation's parties: platform, live-room operator (organisation / individual business / natural
 * person), marketer agency (直播营销人员服务机构), marketer (AI personas flagged) and seller, with their
 * identity documents. Records validate in their constructors; {@code toString()} masks numbers and omits
 * addresses and contacts.
 */
package io.github.zhibo.core.party;
