// Decoding: a file in another encoding -> UTF-8 text that still knows where
// each of its bytes came from.
//
// Takes the file's bytes and an encoding name iconv (glibc) knows; gives the
// UTF-8 text and anchors (source.h, OriginAnchor) that map a text offset back
// to the file's byte offset, so evidence points at the original bytes. Line
// breaks are kept as they are, so lines need no map. Pure functions; safe
// from any thread (each call opens its own converter).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/source.h"

namespace apparat::text {

// Converts `file` from `encoding` into *text. Fails, naming `shown` (the
// file as messages show it), on an encoding iconv does not know, or on a
// byte sequence that is not a character of it (with its byte offset).
// `origin` receives an anchor at 0 and after every character whose UTF-8
// length differs from its length in the file.
// Fails when iconv does not know `encoding` as a source encoding.
Status CheckEncoding(const std::string& encoding);

Status DecodeToUtf8(std::string_view file, const std::string& encoding, const std::string& shown,
                    std::string* text, std::vector<OriginAnchor>* origin);

}  // namespace apparat::text
