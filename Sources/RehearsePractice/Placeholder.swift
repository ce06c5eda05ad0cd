enum PracticeModule {}
