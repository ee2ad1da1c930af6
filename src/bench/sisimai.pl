#!/usr/bin/perl
# sisimai.pl: Sisimai's speed on the bounce corpus, for make bench (see
# lua/smtperr/tools/bench.lua). Reads every .eml file of DIR into memory,
# then times Sisimai->make over each, ROUNDS times, in one process; prints
# "N messages, R recipients, T us per message" in CPU time, after a round
# untimed. Not part of the
# module.
#
#   perl src/bench/sisimai.pl DIR [ROUNDS]
use strict;
use warnings;
use Sisimai;

my ($dir, $rounds) = (shift @ARGV, shift @ARGV || 1);
opendir(my $d, $dir) or die "sisimai.pl: $dir: $!\n";
my @files = sort grep { /\.eml$/ } readdir $d;
closedir $d;

my @messages;
for my $file (@files) {
  open(my $fh, '<:raw', "$dir/$file") or die "sisimai.pl: $file: $!\n";
  local $/;
  push @messages, scalar <$fh>;
  close $fh;
}

# One round first, untimed: Sisimai loads the modules of each dialect the
# first time it meets one.
Sisimai->make(\$_, 'input' => 'email') for @messages;

my ($count, $recipients) = (0, 0);
my ($user0, $system0) = times;
for (1 .. $rounds) {
  for my $message (@messages) {
    my $found = Sisimai->make(\$message, 'input' => 'email');
    $count++;
    $recipients += scalar @{ $found || [] };
  }
}
my ($user1, $system1) = times;
printf "%d messages, %d recipients, %.1f us per message\n", $count, $recipients,
  ($user1 - $user0 + $system1 - $system0) / $count * 1e6;
