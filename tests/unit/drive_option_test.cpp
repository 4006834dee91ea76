// --drive parsing: keys, QEMU's spellings and ",," escaping, and the refusals.
#include <gtest/gtest.h>

#include "cli/drive.h"

using rvisor::cli::DriveSyntaxError;
using rvisor::cli::parse_drive;

TEST(DriveOption, AllKeys) {
  auto d = parse_drive("file=a.img,format=raw,readonly=on,serial=SN1,overlay=run.cow");
  EXPECT_EQ(d.file, "a.img");
  EXPECT_TRUE(d.read_only);
  EXPECT_EQ(d.serial, "SN1");
  EXPECT_EQ(d.overlay, "run.cow");
  EXPECT_FALSE(d.snapshot);
}

TEST(DriveOption, QemuSpelling) {
  auto d = parse_drive("file=disk.ext4,format=raw,if=none,id=hd0,snapshot=on,cache=unsafe");
  EXPECT_EQ(d.file, "disk.ext4");
  EXPECT_TRUE(d.snapshot);
  EXPECT_FALSE(d.read_only);
  EXPECT_EQ(parse_drive("file=a,,b.img,if=virtio").file, "a,b.img");
  EXPECT_FALSE(parse_drive("file=a,readonly=off").read_only);
}

TEST(DriveOption, Refusals) {
  auto why = [](const char* text) {
    try {
      parse_drive(text);
    } catch (const DriveSyntaxError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_EQ(why("format=raw"), "file= is required");
  EXPECT_EQ(why("file=a,format=qcow2"), "format=qcow2 is not supported (only raw)");
  EXPECT_EQ(why("file=a,bogus=1"), "unknown option 'bogus'");
  EXPECT_EQ(why("file=a,readonly=maybe"), "readonly=maybe: expected on or off");
  EXPECT_EQ(why("file=a,if=scsi"), "if=scsi is not supported (virtio or none)");
  EXPECT_EQ(why("file=a,snapshot=on,overlay=b"), "overlay= and snapshot=on exclude each other");
  EXPECT_EQ(why("file=a,serial=123456789012345678901"), "serial=123456789012345678901: longer than 20 characters");
  EXPECT_EQ(why("file=a,ro"), "'ro' is not key=value");
}
