#!/usr/bin/perl
# sisimai.pl: Sisimai's speed on the bounce corpus, for make bench (see
# lua/smtperr/tools/bench.lua). Reads every .eml file of DIR into memory,
# then times Sisimai->make over each message, in one process, in CPU time:
# the first pass (which loads the modules of each dialect as it meets
# them, as a run over a mailbox does), then ROUNDS more passes. Prints
#   N messages, R recipients, T us per message (first pass), U us after
# Not part of the module.
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

sub cpu { my ($user, $system) = times; return $user + $system; }

# One pass over the messages: the CPU seconds and the recipients found.
sub pass {
  my ($t0, $found) = (cpu(), 0);
  for my $message (@messages) {
    my $list = Sisimai->make(\$message, 'input' => 'email');
    $found += scalar @{ $list || [] };
  }
  return (cpu() - $t0, $found);
}

my ($first, $recipients) = pass();
my $later = 0;
$later += (pass())[0] for 1 .. $rounds;
printf "%d messages, %d recipients, %.1f us per message (first pass), %.1f us after\n",
  scalar @messages, $recipients, $first / @messages * 1e6, $later / ($rounds * @messages) * 1e6;
